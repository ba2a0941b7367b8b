/** Copies the files dist/task.js needs at run time into outDir (default dist). */
export declare function copyTaskRuntime(outDir?: string): void;

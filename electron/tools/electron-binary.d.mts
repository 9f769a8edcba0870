// Types for electron-binary.mjs, so TypeScript tests can ask where the binary is.
export declare const ELECTRON_PACKAGE_DIR: string;
export declare function electronBinaryPath(): string | null;

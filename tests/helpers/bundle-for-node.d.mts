/** One self-contained ESM file of `entry` for plain Node, in `outDir` (see bundle-for-node.mjs); its path. */
export function bundleForNode(entry: string, outDir: string, fileName?: string): Promise<string>;

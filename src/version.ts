/** The kit's version, as in package.json (a test keeps them equal); written into evidence packs. */
export const KIT_VERSION = '0.1.0';

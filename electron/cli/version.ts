/** The tool's version, from package.json (inlined by the bundler). */

import packageJson from '../../package.json';

export const VERSION: string = packageJson.version;

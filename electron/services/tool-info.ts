/** The tool's name and version, for `--version` and for what it writes (profiles' savedFrom, reports). */

// A named import: the bundler inlines the version, not the whole package.json.
import { version } from '../../package.json';

export const TOOL_VERSION: string = version;
export const TOOL_NAME = `NIC Advanced Properties ${TOOL_VERSION}`;

/** The tool's name and version, for what it writes (profiles' savedFrom, reports). */

import { version } from '../../package.json';

export const TOOL_NAME = `NIC Advanced Properties ${version}`;

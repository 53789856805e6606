/** A profile as the files of one deployment format. */

import { ansiblePlaybook } from './ansible-playbook';
import type { DeployFile, DeployFormat, DeployInput } from './deploy-input';
import { dscScript } from './dsc-export';
import { intuneScripts } from './intune-scripts';
import { remotingScript } from './remoting-script';

export function exportProfile(format: DeployFormat, input: DeployInput): DeployFile[] {
  switch (format) {
    case 'dsc':
      return [dscScript(input)];
    case 'ansible':
      return [ansiblePlaybook(input)];
    case 'intune':
      return intuneScripts(input);
    case 'ps-remoting':
      return [remotingScript(input)];
  }
}

/**
 * Problems with the driver's own metadata, for driver QA; never blocking. (A stored value that does
 * not fit is a rule finding, shown at the top of the editor with its fix.)
 */

import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Property } from '../../../shared/model/adapter';
import type { LintFinding } from '../../../shared/rules/types';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function MetadataProblems({ property: p, lint }: { readonly property: Property; readonly lint: readonly LintFinding[] }) {
  const styles = useStyles();
  // Lint repeats the model's own metadata problems as `meta.*` findings; show those once.
  const lintMessages = lint.filter((l) => l.keywords.includes(p.keyword) && !l.id.startsWith('meta.')).map((l) => l.message);
  const metaMessages = [...p.problems.map((x) => x.message), ...lintMessages];
  if (metaMessages.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Driver metadata problems</MessageBarTitle>
        <ul className={styles.list}>
          {metaMessages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

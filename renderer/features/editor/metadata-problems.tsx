/** Problems with the stored value and the driver's own metadata, for driver QA; never blocking. */

import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Property } from '../../../shared/model/adapter';
import type { LintFinding } from '../../../shared/rules/types';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export function MetadataProblems({ property: p, lint }: { readonly property: Property; readonly lint: readonly LintFinding[] }) {
  const styles = useStyles();
  const invalid = p.status !== 'ok' && p.status !== 'not-set';
  // Lint repeats the model's own metadata problems as `meta.*` findings; show those once.
  const lintMessages = lint.filter((l) => l.keywords.includes(p.keyword) && !l.id.startsWith('meta.')).map((l) => l.message);
  const metaMessages = [...p.problems.map((x) => x.message), ...lintMessages];
  if (!invalid && metaMessages.length === 0) return null;
  return (
    <div className={styles.stack}>
      {invalid && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Invalid stored value</MessageBarTitle>
            {p.statusMessage ?? `The stored value does not fit the driver's metadata (${p.status}).`}
          </MessageBarBody>
        </MessageBar>
      )}
      {metaMessages.length > 0 && (
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
      )}
    </div>
  );
}

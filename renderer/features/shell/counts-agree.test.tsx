// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeDetails } from '../../../shared/rules/test-support/make-details';
import { usePendingStore } from '../../stores/pending-changes';
import { useLiveReport, useSelectedDetails } from '../../stores/selectors';
import { loadStores, renderView, resetStores } from '../../test-support/render';
import { AdapterList } from '../adapters/adapter-list';
import { SidePanel } from './side-panel';

const eth = makeDetails({
  '*LsoV2IPv4': '1',
  '*TCPChecksumOffloadIPv4': '3',
  '*QOS': '1',
  '*PriorityVLANTag': '0',
  '*SpeedDuplex': { value: '500', options: ['0', '500'] },
});

function Page() {
  const details = useSelectedDetails();
  const report = useLiveReport();
  return (
    <>
      <AdapterList />
      <SidePanel details={details} report={report} />
    </>
  );
}

const counts = (testId: string) => {
  const el = document.querySelector(`[data-testid="${testId}"]`);
  return el ? [el.getAttribute('data-errors'), el.getAttribute('data-warnings')] : ['0', '0'];
};

describe('adapter chip and Findings header', () => {
  beforeEach(() => {
    resetStores();
    loadStores([eth]);
  });

  it('count the same findings the same way, pending changes included, and say so', () => {
    renderView(<Page />);
    expect(counts('adapter-counts')).toEqual(['1', '1']);
    expect(counts('findings-counts')).toEqual(counts('adapter-counts'));
    act(() => usePendingStore.getState().setValue(eth, '*TCPChecksumOffloadIPv4', '2'));
    expect(counts('adapter-counts')).toEqual(['1', '2']);
    expect(counts('findings-counts')).toEqual(['1', '2']);
    expect(screen.getByText('Error and warning counts include pending changes.')).toBeTruthy();
    expect(screen.getByText('Includes pending changes.')).toBeTruthy();
  });
});

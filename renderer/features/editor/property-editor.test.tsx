// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeDetails } from '../../../shared/rules/test-support/make-details';
import { usePendingStore, toChangeSet } from '../../stores/pending-changes';
import { loadStores, renderView, resetStores } from '../../test-support/render';
import { evaluateRules } from '../../../shared/rules/evaluate';
import { PropertyEditor } from './property-editor';

const details = makeDetails({
  NetworkAddress: { type: 'edit', optional: true, default: null, label: 'Locally Administered Address', limitText: 12 },
  '*LsoV2IPv4': '1',
  '*TCPChecksumOffloadIPv4': '2',
});
const property = (keyword: string) => details.properties.find((p) => p.keyword === keyword)!;
const report = () => evaluateRules({ details, globals: { disableTaskOffload: null, ipsecEnabledOffload: null } });

describe('PropertyEditor', () => {
  beforeEach(() => {
    resetStores();
    loadStores([details]);
  });

  it('lets an optional text property without a default get a value: Value opens the box, typing makes the edit', () => {
    renderView(<PropertyEditor details={details} property={property('NetworkAddress')} report={report()} />);
    const box = screen.getByRole('textbox', { name: 'Locally Administered Address' }) as HTMLInputElement;
    expect((screen.getByRole('radio', { name: 'Not Present' }) as HTMLInputElement).checked).toBe(true);
    expect(box.disabled).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Value' }));
    expect(box.disabled).toBe(false);
    expect(toChangeSet(usePendingStore.getState())).toEqual([]);
    fireEvent.change(box, { target: { value: '02AABBCCDDEE' } });
    expect(toChangeSet(usePendingStore.getState())).toEqual([{ scope: 'adapter', adapterId: '0007', keyword: 'NetworkAddress', value: '02AABBCCDDEE' }]);
    expect((screen.getByRole('radio', { name: 'Value' }) as HTMLInputElement).checked).toBe(true);
  });

  it('Escape drops the pending edit of the property', () => {
    renderView(<PropertyEditor details={details} property={property('NetworkAddress')} report={report()} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Value' }));
    const box = screen.getByRole('textbox', { name: 'Locally Administered Address' });
    fireEvent.change(box, { target: { value: '02AABBCCDDEE' } });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(toChangeSet(usePendingStore.getState())).toEqual([]);
    expect((screen.getByRole('radio', { name: 'Not Present' }) as HTMLInputElement).checked).toBe(true);
  });

  it('shows the property’s own findings first, each fix as a labelled button that makes the change', () => {
    renderView(<PropertyEditor details={details} property={property('*TCPChecksumOffloadIPv4')} report={report()} />);
    const own = screen.getByTestId('editor-findings');
    expect(own.textContent).toMatch(/does not transmit/);
    fireEvent.click(screen.getByRole('button', { name: 'Turn Large Send Offload Version 2 (IPv4) off' }));
    expect(toChangeSet(usePendingStore.getState())).toEqual([{ scope: 'adapter', adapterId: '0007', keyword: '*LsoV2IPv4', value: '0' }]);
    // The findings list comes before the value control.
    const control = screen.getByRole('combobox', { name: 'TCP Checksum Offload (IPv4)' });
    expect(own.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

import { describe, expect, it } from 'vitest';
import { INITIAL_APP, addNotice, dismissesItself, type Notice } from './app-store';

const notice = (over: Partial<Omit<Notice, 'id'>>): Omit<Notice, 'id'> => ({ intent: 'info', title: 't', message: 'm', ...over });

describe('notices', () => {
  it('keeps the newest first', () => {
    const s = addNotice(addNotice(INITIAL_APP, notice({ title: 'first' })), notice({ title: 'second' }));
    expect(s.notices.map((n) => n.title)).toEqual(['second', 'first']);
  });

  it('replaces a notice with the same title instead of stacking it', () => {
    const s = addNotice(addNotice(INITIAL_APP, notice({ title: 'Nothing to save' })), notice({ title: 'Nothing to save', message: 'again' }));
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0]?.message).toBe('again');
  });

  it('clears errors made stale by a success, and keeps warnings', () => {
    let s = addNotice(INITIAL_APP, notice({ intent: 'error', title: 'Nothing was applied' }));
    s = addNotice(s, notice({ intent: 'warning', title: 'Restart failed' }));
    s = addNotice(s, notice({ intent: 'success', title: 'Changes applied' }));
    expect(s.notices.map((n) => n.intent)).toEqual(['success', 'warning']);
  });

  it('lets successes and information go by themselves, never warnings or errors', () => {
    expect(['success', 'info', 'warning', 'error'].map((intent) => dismissesItself({ ...notice({ intent: intent as Notice['intent'] }), id: 1 }))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

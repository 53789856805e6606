/** A text draft that follows the committed value until the person types something that does not validate. */

import { useState } from 'react';

export interface Draft {
  readonly text: string;
  readonly message: string | null;
  setText(text: string): void;
  setMessage(message: string | null): void;
}

export function useDraft(committed: string | null): Draft {
  const [text, setText] = useState(committed ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const [seen, setSeen] = useState(committed);
  if (seen !== committed) {
    // The committed value changed (an edit, a reset, a fix, another property): show it.
    setSeen(committed);
    setText(committed ?? '');
    setMessage(null);
  }
  return { text, message, setText, setMessage };
}

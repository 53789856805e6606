/**
 * Where each parameter of one install section was defined, for `origin` in the property JSON and
 * lint findings: the line of its ParamDesc, else of its first value. Install sections that share
 * their first registry sections share these too, copying only when one of them changes them.
 */

import type { SourceLocation } from '../../../shared/model/adapter';
import type { RegOp } from './registry-entries';

interface ParamOrigin {
  readonly first: SourceLocation;
  readonly paramDesc: SourceLocation | null;
}

const PARAMS_PREFIX = 'ndi\\params\\';

const NONE: ReadonlyMap<string, ParamOrigin> = new Map();

export class ParamOrigins {
  /** Origins shared with copies: never changed, replaced when this one's own changes are folded in. */
  private base = NONE;
  /** Changes over `base` (null: the parameter's key was deleted); a copy of a copy starts with none. */
  private own = new Map<string, ParamOrigin | null>();

  static empty(): ParamOrigins {
    return new ParamOrigins();
  }

  /** A copy; neither sees the other's later changes. */
  copy(): ParamOrigins {
    if (this.own.size > 0) {
      const merged = new Map(this.base);
      this.own.forEach((o, keyword) => (o === null ? merged.delete(keyword) : merged.set(keyword, o)));
      this.base = merged;
      this.own = new Map();
    }
    const copy = new ParamOrigins();
    copy.base = this.base;
    return copy;
  }

  /** The line that defined `keywordLower` (lower case); null when unknown. */
  get(keywordLower: string): SourceLocation | null {
    const o = this.find(keywordLower);
    return o ? (o.paramDesc ?? o.first) : null;
  }

  /** A value was set under Ndi\params\<keyword> (`op.param`). */
  noteSet(op: RegOp & { op: 'set' }): void {
    const keyword = op.param!;
    const o = this.find(keyword);
    // The ParamDesc of the parameter key itself (not of its enum subkey).
    const isParamDesc = op.subkeyLower.length === PARAMS_PREFIX.length + keyword.length && op.name.length === 9 && op.name.toLowerCase() === 'paramdesc';
    if (o === undefined) this.own.set(keyword, { first: op.at, paramDesc: isParamDesc ? op.at : null });
    else if (isParamDesc) this.own.set(keyword, { first: o.first, paramDesc: op.at });
  }

  /** A deleted key takes the origins of the parameters under it along. */
  noteDeletedKey(subkeyLower: string): void {
    if (subkeyLower === '' || subkeyLower === 'ndi' || subkeyLower === 'ndi\\params') {
      this.base = NONE;
      this.own.clear();
    } else if (subkeyLower.startsWith(PARAMS_PREFIX)) {
      const rest = subkeyLower.slice(PARAMS_PREFIX.length);
      if (!rest.includes('\\') && this.find(rest) !== undefined) this.own.set(rest, null);
    }
  }

  private find(keyword: string): ParamOrigin | undefined {
    const o = this.own.get(keyword);
    return o === undefined ? this.base.get(keyword) : (o ?? undefined);
  }
}

/** Runtime list of channels and their request schemas, derived from one table. */

import type { z } from 'zod';
import type { InvokeChannel } from './contract';
import * as schemas from './schemas';

export const REQUEST_SCHEMAS = {
  'source:info': schemas.emptyRequest,
  'source:load-reg-files': schemas.loadRegFilesRequest,
  'source:load-inf-files': schemas.loadInfFilesRequest,
  'source:use-default': schemas.emptyRequest,
  'adapters:list': schemas.emptyRequest,
  'adapters:get': schemas.adapterRequest,
  'globals:get': schemas.emptyRequest,
  'changes:apply': schemas.applyRequest,
  'changes:export': schemas.exportRequest,
  'history:list': schemas.emptyRequest,
  'history:undo': schemas.undoRequest,
  'app:relaunch-elevated': schemas.relaunchRequest,
  'app:take-handover': schemas.emptyRequest,
  'compare:adapters': schemas.compareRequest,
  'profiles:read': schemas.profileReadRequest,
  'profiles:save': schemas.profileSaveRequest,
  'report:render': schemas.reportRequest,
} as const satisfies Record<InvokeChannel, z.ZodType>;

export const INVOKE_CHANNELS = Object.keys(REQUEST_SCHEMAS) as InvokeChannel[];

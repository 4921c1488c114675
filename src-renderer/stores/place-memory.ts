import { SHIFT_TYPES, type ShiftType } from '../../src-shared/domain/enums';
import { isScreenId, type ScreenId } from '../components/nav-items';
import type { ShiftChoice } from '../screens/my-shift/current-shift';
import type { ChoiceStorage } from './client-choice';
import { type DateRange, isIsoDate, PRESET_IDS, type PresetId } from './date-range';

/** Where a user was: the screen, period and shift (the client is remembered on its own, client-choice.ts). */
export interface Place {
  screen: ScreenId;
  preset: PresetId;
  custom: DateRange;
  shift: ShiftChoice;
}

/**
 * The period and shift come back only this long after they were last picked: a reload, a crash or
 * an idle lock returns to the same shift, while the next morning's sign-in starts on the shift that
 * is running then (never on yesterday's by surprise). The 12 hours of the longest sign-in.
 */
export const PLACE_FRESH_MS = 12 * 3_600_000;

/** Per user, so two people sharing a floor PC each get their own place back. */
export function placeStorageKey(userId: string): string {
  return `floorkpi.place.${userId}`;
}

function isShiftType(value: unknown): value is ShiftType {
  return typeof value === 'string' && (SHIFT_TYPES as readonly string[]).includes(value);
}

function isPresetId(value: unknown): value is PresetId {
  return typeof value === 'string' && (PRESET_IDS as readonly string[]).includes(value);
}

function asRange(value: unknown): DateRange | null {
  if (typeof value !== 'object' || value === null) return null;
  const { from, to } = value as Record<string, unknown>;
  return typeof from === 'string' && typeof to === 'string' && isIsoDate(from) && isIsoDate(to)
    ? { from, to }
    : null;
}

function asShift(value: unknown): ShiftChoice | null {
  if (typeof value !== 'object' || value === null) return null;
  const { date, shift } = value as Record<string, unknown>;
  return typeof date === 'string' && isIsoDate(date) && isShiftType(shift) ? { date, shift } : null;
}

/**
 * What is remembered of the user's place, checked piece by piece (storage is anyone's to edit):
 * the screen always, the period and shift only while fresh.
 */
export function readPlace(storage: ChoiceStorage, userId: string, now: number): Partial<Place> {
  let parsed: unknown;
  try {
    const text = storage.getItem(placeStorageKey(userId));
    if (!text) return {};
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const stored = parsed as Record<string, unknown>;
  const place: Partial<Place> = {};
  if (typeof stored.screen === 'string' && isScreenId(stored.screen)) place.screen = stored.screen;
  const savedAt = typeof stored.savedAt === 'number' ? stored.savedAt : 0;
  if (now - savedAt > PLACE_FRESH_MS || savedAt > now) return place;
  if (isPresetId(stored.preset)) place.preset = stored.preset;
  const custom = asRange(stored.custom);
  if (custom) place.custom = custom;
  const shift = asShift(stored.shift);
  if (shift) place.shift = shift;
  return place;
}

export function writePlace(storage: ChoiceStorage, userId: string, place: Place, now: number): void {
  try {
    storage.setItem(placeStorageKey(userId), JSON.stringify({ ...place, savedAt: now }));
  } catch {
    // Not remembering is better than failing the move itself.
  }
}

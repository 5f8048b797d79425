import type { vi } from './vi/index.js';

/** Widens the Vietnamese catalogue's literal strings to string: the shape every locale must fill. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof vi>;

import type { vi } from './locales/vi';

/** Every language has exactly the Vietnamese keys (the compiler checks English against this shape). */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof vi>;

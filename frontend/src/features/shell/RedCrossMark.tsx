/** The red cross emblem, decorative (the text next to it names the app). */
export function RedCrossMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 10 10" aria-hidden="true" focusable="false">
      <rect width="10" height="10" rx="1.5" fill="#fff" />
      <path fill="#c8102e" d="M4 1h2v3h3v2H6v3H4V6H1V4h3z" />
    </svg>
  );
}

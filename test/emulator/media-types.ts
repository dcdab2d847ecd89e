/** `application/vnd.github.raw`, with or without `.v3` and `+json`, as Octokit's `mediaType.format` writes it. */
export const isRawMediaType = (accept: string): boolean => /vnd\.github(?:\.v3)?\.raw/.test(accept);

/** `application/vnd.github.object`: a directory as an object with `entries` instead of a list. */
export const isObjectMediaType = (accept: string): boolean => /vnd\.github(?:\.v3)?\.object/.test(accept);

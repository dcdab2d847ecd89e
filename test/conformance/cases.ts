/** The shape of the checked-in case tables (`<peer>/cases.json`), shared by the generator and the replay tests. */

/** `verified`, or the failure codes any of which is our documented answer (the first failing check decides which). */
export type Expectation = 'verified' | readonly string[];

export interface OurAnswer {
  /** `provenance-guard verify` arguments; `--json` (and the override flags when `override`) are added by the replay. */
  readonly args: readonly string[];
  /** v0.2 predicates verify only under a governance override: the replay adds one that expires tomorrow. */
  readonly override: boolean;
  readonly expect: Expectation;
  /** How the peer's options were expressed when that does not change the verdict. */
  readonly note?: string;
  /** Why our verdict differs from the peer's, on purpose. */
  readonly difference?: string;
}

export interface PeerOptions {
  readonly sourceUri: string;
  readonly builderId?: string;
  readonly branch?: string;
  readonly tag?: string;
  readonly versionedTag?: string;
  readonly inputs?: Readonly<Record<string, string>>;
  readonly packageName?: string;
  readonly packageVersion?: string;
}

export interface SlsaVerifierCase {
  readonly id: string;
  readonly test: string;
  readonly name: string;
  /** Builder folder and version (`gha_maven/v2.1.0`), or `bcr`, `npm/gha`. */
  readonly builder: string;
  readonly peer: {
    readonly artifacts: readonly string[];
    readonly provenance: string;
    readonly options: PeerOptions;
    /** `pass`, or the `serrors.Error…` name the peer's test expects. */
    readonly verdict: string;
  };
  readonly ours: OurAnswer;
}

export interface SigstoreConformanceCase {
  readonly id: string;
  readonly peer: {
    readonly bundle: string;
    readonly artifact: string;
    readonly trustedRoot: string;
    readonly identity: string;
    readonly issuer: string;
    readonly key?: string;
    readonly verdict: 'pass' | 'fail';
  };
  /** A DSSE envelope with an in-toto statement; anything else is not provenance. */
  readonly inToto: boolean;
  readonly ours: OurAnswer;
}

export interface Excluded {
  readonly test: string;
  readonly name?: string;
  readonly reason: string;
}

export interface CaseTable<C> {
  readonly peer: string;
  readonly source: string;
  readonly excluded: readonly Excluded[];
  readonly cases: readonly C[];
}

export function isVerifiedExpectation(expect: Expectation): expect is 'verified' {
  return expect === 'verified';
}

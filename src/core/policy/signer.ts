/** What the verified Fulcio certificate says about who signed (read from its extensions). */
export interface SignerFacts {
  readonly subjectAlternativeName: string | null;
  readonly issuer: string | null;
  /** OID 1.3.6.1.4.1.57264.1.9 */
  readonly buildSignerUri: string | null;
  /** OID .12 (or legacy .5 `owner/name`) */
  readonly sourceRepositoryUri: string | null;
  /** OID .13 (or legacy .3) */
  readonly sourceRepositoryDigest: string | null;
  /** OID .14 (or legacy .6) */
  readonly sourceRepositoryRef: string | null;
  /** OID .15 */
  readonly sourceRepositoryIdentifier: string | null;
  /** OID .17 */
  readonly sourceRepositoryOwnerIdentifier: string | null;
}

/** The certificate identity that must have signed, and why. */
export interface ExpectedIdentity {
  readonly issuer: string;
  readonly subjectAlternativeName: string | null;
  readonly derivedFrom: 'policy' | 'builder' | 'workflow' | 'nothing';
}

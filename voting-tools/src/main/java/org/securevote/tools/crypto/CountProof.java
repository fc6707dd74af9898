package org.securevote.tools.crypto;

/**
 * A ballot's proof about how many candidates it chose: exactly one ({@link ConstantProof}, the
 * single-choice ballot's sum proof) or a number within the election's bounds ({@link
 * CountInRangeProof}, the approval ballot's), or for each of several questions ({@link
 * QuestionCounts}).
 */
public sealed interface CountProof permits ConstantProof, CountInRangeProof, QuestionCounts {}

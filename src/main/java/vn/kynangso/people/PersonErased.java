package vn.kynangso.people;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person's data was erased at their request: their row no longer names them. Published inside
 * the erasing transaction, so every module that keeps a copy of their name (certificates, closed
 * evaluations, visit notes) clears it in the same transaction. {@code wasHead}: they headed their
 * household (whose certificate names its head); {@code householdEmptied}: nobody named is left in it.
 */
public record PersonErased(
        long personId, @Nullable Long householdId, boolean wasHead, boolean householdEmptied, Instant at) {}

package id.slrt.referral.api;

import java.util.List;

/**
 * The district's SOP for violence cases, as a whole and in order ({@code PUT /p2tp2a/sop-steps}):
 * each step's code, name and phase ({@code PENERIMAAN}, {@code PENANGANAN}, {@code TERMINASI},
 * {@code PEMANTAUAN}). A step left out is no longer offered; the cases that recorded it keep it.
 */
public record ChangeSop(List<SopStepDetails> steps) {}

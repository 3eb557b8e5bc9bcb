package id.slrt.pkh.api;

/**
 * Stickers on KPM houses: the district's neutral text (never "miskin"), the printable stickers of a
 * group, and the day each house got its sticker.
 */
public interface StickerService {
  String text();

  /** The district admin changes the text; one saying "miskin" is refused. */
  String changeText(String text);

  /** The stickers of a group the caller sees, to print. */
  AttendanceSheet stickers(String groupCode);

  /** The facilitator records that the KPM's house got its sticker on {@code on} (default today). */
  KpmDetails placed(String participantNumber, String on);
}

import bwipjs from "bwip-js/node";

/**
 * The card's barcode and QR code as SVG, drawn on the server by bwip-js
 * (docs/engagement.md#loyalty-card): black on an opaque white ground with quiet zones, so a till
 * scanner reads them off a phone screen in any theme.
 */
const WHITE = "FFFFFF";

/** EAN-13 with its digits laid out as on a label and the standard quiet zones (11 modules left, 7 right). */
export function ean13Svg(cardNumber: string): string {
  return bwipjs.toSVG({ bcid: "ean13", text: cardNumber, scale: 3, height: 16, includetext: true, guardwhitespace: true, backgroundcolor: WHITE, paddingwidth: 4, paddingheight: 4 });
}

/** QR code of the card number, with the 4-module quiet zone the standard asks for. */
export function qrSvg(cardNumber: string): string {
  return bwipjs.toSVG({ bcid: "qrcode", text: cardNumber, scale: 4, backgroundcolor: WHITE, paddingwidth: 16, paddingheight: 16 });
}

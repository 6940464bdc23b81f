/// Removes what a terminal interprets rather than shows: escape sequences (CSI,
/// OSC, two-byte escapes, character set choices) and control characters other
/// than newline and tab, such as readline's carriage returns and backspaces.
///
/// It keeps its state between chunks, so a sequence split across two reads is removed whole.
struct EscapeStripper {
    private enum State {
        case text, escape, csi, osc, oscEscape, charset
    }

    private var state = State.text

    mutating func strip(_ bytes: ArraySlice<UInt8>, into plain: inout [UInt8]) {
        for byte in bytes {
            switch state {
            case .text:
                if byte == 0x1B {
                    state = .escape
                } else if byte >= 0x20 || byte == 0x0A || byte == 0x09 {
                    if byte != 0x7F { plain.append(byte) }
                }
            case .escape:
                switch byte {
                case UInt8(ascii: "["): state = .csi
                case UInt8(ascii: "]"): state = .osc
                case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"): state = .charset
                default: state = .text
                }
            case .csi:
                if (0x40...0x7E).contains(byte) { state = .text }
            case .osc:
                if byte == 0x07 { state = .text } else if byte == 0x1B { state = .oscEscape }
            case .oscEscape:
                state = byte == UInt8(ascii: "\\") ? .text : .osc
            case .charset:
                state = .text
            }
        }
    }

    /// `text` without its escape sequences and control characters.
    static func stripped(_ text: String) -> String {
        var stripper = EscapeStripper()
        var plain: [UInt8] = []
        stripper.strip(Array(text.utf8)[...], into: &plain)
        return String(decoding: plain, as: UTF8.self)
    }
}

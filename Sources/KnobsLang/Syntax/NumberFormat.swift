/// A format for a number inside an interpolated string: `"{loss:.3}"`.
///
/// `.N` gives N digits after the point; `.Ne` scientific notation with N digits;
/// `.N%` a percentage with N digits.
public struct NumberFormat: Sendable, Equatable {
    public enum Style: Sendable, Equatable { case fixed, scientific, percent }
    public var digits: Int
    public var style: Style

    public init(digits: Int, style: Style) {
        self.digits = digits
        self.style = style
    }

    /// Parses the text after the colon, such as `.3`, `.2e` or `.1%`.
    init?(spec: Substring) {
        guard spec.first == "." else { return nil }
        var rest = spec.dropFirst()
        var style = Style.fixed
        if rest.last == "e" { style = .scientific; rest = rest.dropLast() }
        else if rest.last == "%" { style = .percent; rest = rest.dropLast() }
        else if rest.last == "f" { rest = rest.dropLast() }
        guard !rest.isEmpty, rest.count <= 2, rest.allSatisfy(\.isASCII), rest.allSatisfy(\.isNumber),
              let digits = Int(rest), digits <= 17 else { return nil }
        self.digits = digits
        self.style = style
    }
}

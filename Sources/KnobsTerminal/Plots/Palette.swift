/// How series and classes are told apart: a colour each when colour is on,
/// and always a marker character of their own, so that a plot without
/// colour still separates them. ASCII markers avoid `+`, `|` and `-`, which draw the axes.
enum Palette {
    /// Blue, orange, green, purple, yellow, cyan.
    static let colors: [UInt8] = [75, 209, 114, 176, 221, 80]
    /// Dark versions of the colours, behind the regions of a decision boundary.
    static let regionBackgrounds: [UInt8] = [17, 52, 22, 53, 58, 23]

    /// The layer of a contour plot's level lines, drawn faint under everything.
    static let contourLayer = -1
    /// The marker of a minimum in a contour plot.
    static let minimumMarker = -2
    /// The marker of the point where paths start in a contour plot.
    static let startMarker = -3

    static func color(_ index: Int) -> UInt8 {
        switch index {
        case contourLayer: 242
        case minimumMarker: 220
        case startMarker: 247
        default: colors[abs(index) % colors.count]
        }
    }

    static func regionBackground(_ index: Int) -> UInt8 {
        regionBackgrounds[index % regionBackgrounds.count]
    }

    /// The character of a line's dots when lines are drawn one cell per dot.
    static func lineMarker(_ index: Int, unicode: Bool) -> String {
        if index == contourLayer { return unicode ? "·" : "." }
        let markers = unicode ? ["•", "×", "+", "∘", "▪", "#"] : ["*", "o", "x", "#", "%", "@"]
        return markers[abs(index) % markers.count]
    }

    /// The character of a scatter point of a class.
    static func pointMarker(_ index: Int, unicode: Bool) -> String {
        if index == minimumMarker { return unicode ? "★" : "X" }
        if index == startMarker { return unicode ? "○" : "O" }
        let markers = unicode ? ["●", "▲", "■", "◆", "✚", "✱"] : ["o", "x", "#", "@", "%", "&"]
        return markers[abs(index) % markers.count]
    }

    /// The shading of a region without colour; the first class's region is left blank.
    static func regionTexture(_ index: Int, unicode: Bool) -> String {
        let textures = unicode ? [" ", "░", "▒", "▓"] : [" ", ".", ":", "="]
        return textures[index % textures.count]
    }
}

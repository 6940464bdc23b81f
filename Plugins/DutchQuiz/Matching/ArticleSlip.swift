/// A noun's article given wrong (`de gewicht` for `het gewicht`), or left out where the mode asks for it.
public struct ArticleSlip: Equatable, Sendable {
    /// The noun's article.
    public var expected: NounArticle
    /// The article the answer gave; nil when it gave none.
    public var given: NounArticle?

    public init(expected: NounArticle, given: NounArticle?) {
        self.expected = expected
        self.given = given
    }
}

import Foundation
import GRDB

/// Lessons: where the learner is, when they last came, whether they finished.
extension ProgressStore {
    /// The learner's progress in a lesson: the step to resume at and every exercise touched.
    ///
    /// - Parameter lesson: The lesson's id.
    /// - Returns: The progress; a never-opened lesson's is at step 0 with no exercises.
    public func progress(lesson: String) throws -> LessonProgress {
        try read { db in try fetchProgress(db, lesson: lesson) }
    }

    /// Records that the learner opened a lesson, and returns where to resume it.
    ///
    /// - Parameters:
    ///   - lesson: The lesson's id.
    ///   - date: When it was opened; now by default.
    /// - Returns: The lesson's progress, its time of opening included.
    @discardableResult
    public func recordOpened(lesson: String, at date: Date = Date()) throws -> LessonProgress {
        // The opening time was never reported to the learner as saved: it need not cost a sync.
        try writeUnsynced { db in
            try ensureLesson(db, lesson)
            try db.execute(literal: """
                UPDATE lessonProgress SET lastOpenedAt = \(StoredDate.text(date))
                WHERE learnerId = \(learnerID) AND lessonId = \(lesson)
                """)
            return try fetchProgress(db, lesson: lesson)
        }
    }

    /// Records the step the learner is on, so that opening the lesson again resumes there.
    ///
    /// - Parameters:
    ///   - step: The step, counted from 0; never negative.
    ///   - lesson: The lesson's id.
    public func setStep(_ step: Int, lesson: String) throws {
        precondition(step >= 0, "a lesson's step is counted from 0")
        try write { db in
            try ensureLesson(db, lesson)
            try db.execute(literal: """
                UPDATE lessonProgress SET step = \(step)
                WHERE learnerId = \(learnerID) AND lessonId = \(lesson)
                """)
        }
    }

    /// Records that the learner finished a lesson.
    ///
    /// - Parameter lesson: The lesson's id.
    public func markDone(lesson: String) throws {
        try write { db in
            try ensureLesson(db, lesson)
            try db.execute(literal: """
                UPDATE lessonProgress SET isDone = 1
                WHERE learnerId = \(learnerID) AND lessonId = \(lesson)
                """)
        }
    }

    /// One summary per lesson, in the order given, for `knobs lessons`.
    ///
    /// Only exercises and questions the lesson still has count as solved or
    /// answered, so one renamed or removed from the file since does not
    /// inflate the count.
    ///
    /// - Parameter lessons: The lessons to summarise, with their exercises.
    /// - Returns: A summary for each, never-opened lessons included.
    public func lessonsSummary(_ lessons: [LessonOutline]) throws -> [LessonSummary] {
        try read { db in
            let rows = try SQLRequest<LessonRow>("SELECT * FROM lessonProgress WHERE learnerId = \(learnerID)").fetchAll(db)
            let lessonsByID = Dictionary(uniqueKeysWithValues: rows.map { ($0.lessonId, $0) })
            let solved = try SQLRequest<ExerciseRow>(
                "SELECT * FROM exerciseProgress WHERE learnerId = \(learnerID) AND solvedAt IS NOT NULL"
            ).fetchAll(db)
            let solvedByLesson = Dictionary(grouping: solved, by: \.lessonId).mapValues { Set($0.map(\.exerciseId)) }
            return lessons.map { outline in
                let row = lessonsByID[outline.lessonID]
                let solvedIDs = solvedByLesson[outline.lessonID] ?? []
                return LessonSummary(
                    lessonID: outline.lessonID,
                    isDone: row?.isDone ?? false,
                    solved: Set(outline.exerciseIDs).intersection(solvedIDs).count,
                    total: outline.exerciseIDs.count,
                    answered: Set(outline.questionIDs).intersection(solvedIDs).count,
                    questions: outline.questionIDs.count,
                    step: row?.step ?? 0,
                    lastOpened: row?.lastOpenedAt
                )
            }
        }
    }

    /// Forgets everything the learner did in a lesson, as if never opened.
    ///
    /// - Parameter lesson: The lesson's id.
    /// - Returns: Whether there was anything to forget.
    @discardableResult
    public func reset(lesson: String) throws -> Bool {
        try write { db in
            try db.execute(literal: "DELETE FROM lessonProgress WHERE learnerId = \(learnerID) AND lessonId = \(lesson)")
            return db.changesCount > 0
        }
    }

    /// Forgets the learner's progress in every lesson.
    ///
    /// - Returns: How many lessons had progress.
    @discardableResult
    public func resetAll() throws -> Int {
        try write { db in
            try db.execute(literal: "DELETE FROM lessonProgress WHERE learnerId = \(learnerID)")
            return db.changesCount
        }
    }

    /// Makes sure the lesson has a row, which its exercises' rows hang from.
    func ensureLesson(_ db: Database, _ lesson: String) throws {
        try db.execute(literal: """
            INSERT INTO lessonProgress (learnerId, lessonId) VALUES (\(learnerID), \(lesson))
            ON CONFLICT DO NOTHING
            """)
    }

    /// Plain SQL rather than GRDB's query interface, which reads the table's
    /// schema and builds the query at first use: a few million instructions
    /// for a process that opens one lesson.
    private func fetchProgress(_ db: Database, lesson: String) throws -> LessonProgress {
        let key: SQL = "learnerId = \(learnerID) AND lessonId = \(lesson)"
        guard let row = try SQLRequest<LessonRow>("SELECT * FROM lessonProgress WHERE \(key)").fetchOne(db) else {
            return LessonProgress(lessonID: lesson)
        }
        let exercises = try SQLRequest<ExerciseRow>("SELECT * FROM exerciseProgress WHERE \(key)").fetchAll(db)
        return row.progress(exercises: exercises)
    }
}

import GRDB

/// The database's schema, as the migrations that build it, oldest first.
///
/// A migration that has shipped is never edited: a change to the schema is a
/// new migration appended to ``migrator``, so every database, however old, reaches the same schema by
/// running the ones it lacks. A database that has run a migration this build
/// does not know was written by a newer knobs, and the store refuses it.
///
/// Tables are named in the singular, columns in camelCase, as GRDB's records expect.
enum StoreSchema {
    /// Every migration, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 learners, lesson and exercise progress", migrate: createProgress)
        migrator.registerMigration("v2 plugin documents and logs", migrate: createPluginRecords)
        return migrator
    }

    /// What plugins keep per learner (the quiz's cards and reviews): documents
    /// by plugin, kind and key, replaced as they change, and an append-only log
    /// whose rows a trigger forbids to change.
    private static func createPluginRecords(_ db: Database) throws {
        try db.create(table: "pluginDocument") { table in
            table.belongsTo("learner", onDelete: .cascade).notNull()
            table.column("plugin", .text).notNull()
            table.column("kind", .text).notNull()
            table.column("key", .text).notNull()
            table.primaryKey(["learnerId", "plugin", "kind", "key"])
            table.column("data", .blob).notNull()
            table.column("updatedAt", .datetime).notNull()
        }
        try db.create(table: "pluginLog") { table in
            table.autoIncrementedPrimaryKey("id")
            table.belongsTo("learner", onDelete: .cascade).notNull()
            table.column("plugin", .text).notNull()
            table.column("kind", .text).notNull()
            table.column("key", .text).notNull()
            table.column("at", .datetime).notNull()
            table.column("data", .blob).notNull()
        }
        try db.create(index: "pluginLogByTime", on: "pluginLog", columns: ["learnerId", "plugin", "kind", "at"])
        try db.execute(sql: """
            CREATE TRIGGER pluginLogIsAppendOnly BEFORE UPDATE ON pluginLog
            BEGIN SELECT RAISE(ABORT, 'the plugin log is append-only'); END
            """)
    }

    /// Learners, and per learner each lesson's step and each exercise's state.
    ///
    /// Removing a learner removes their progress; removing a lesson's row removes
    /// its exercises' rows (this is how a lesson is reset).
    private static func createProgress(_ db: Database) throws {
        try db.create(table: "learner") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("name", .text).notNull().unique()
            table.column("createdAt", .datetime).notNull()
        }
        try db.create(table: "lessonProgress") { table in
            table.belongsTo("learner", onDelete: .cascade).notNull()
            table.column("lessonId", .text).notNull()
            table.primaryKey(["learnerId", "lessonId"])
            table.column("step", .integer).notNull().defaults(to: 0).check { $0 >= 0 }
            table.column("lastOpenedAt", .datetime)
            table.column("isDone", .boolean).notNull().defaults(to: false)
        }
        try db.create(table: "exerciseProgress") { table in
            table.column("learnerId", .integer).notNull()
            table.column("lessonId", .text).notNull()
            table.column("exerciseId", .text).notNull()
            table.primaryKey(["learnerId", "lessonId", "exerciseId"])
            table.foreignKey(["learnerId", "lessonId"], references: "lessonProgress", onDelete: .cascade)
            table.column("attempts", .integer).notNull().defaults(to: 0).check { $0 >= 0 }
            table.column("hintsUsed", .integer).notNull().defaults(to: 0).check { $0 >= 0 }
            table.column("solutionViewed", .boolean).notNull().defaults(to: false)
            table.column("skipped", .boolean).notNull().defaults(to: false)
            table.column("solvedCode", .text)
            table.column("solvedAt", .datetime)
            table.check(sql: "(solvedCode IS NULL) = (solvedAt IS NULL)")
        }
    }
}

"""Reads the demo's MariaDB database directly (plain SQL: the test process is not the demo's Django)."""
import json

import MySQLdb
import MySQLdb.cursors

PREFIX = "weerbaarxblock_"  # the store app's label


class Database:
    def __init__(self, settings, name=None):  # name "": no database chosen (to create or drop one)
        self.connection = MySQLdb.connect(
            host=settings["HOST"], port=int(settings["PORT"]), user=settings["USER"], passwd=settings["PASSWORD"],
            db=settings["NAME"] if name is None else name, charset="utf8mb4", autocommit=True, connect_timeout=10,
            cursorclass=MySQLdb.cursors.DictCursor)

    def rows(self, sql, *params):
        with self.connection.cursor() as cursor:
            cursor.execute(sql.replace("{p}", PREFIX), params)
            return list(cursor.fetchall())

    def execute(self, sql):
        with self.connection.cursor() as cursor:
            cursor.execute(sql)

    def close(self):
        self.connection.close()

    # ---- what the checks need --------------------------------------------------------------------------------
    def user_state(self, usage, student):
        """The learner's user_state fields of the block ``usage`` (the workbench keeps them as JSON rows)."""
        found = self.rows("SELECT state FROM workbench_xblockstate WHERE user_id = %s AND scope_id = %s",
                          student, usage)
        fields = {}
        for row in found:
            for name, value in json.loads(row["state"]).items():
                fields.setdefault(name, []).append(value)
        return fields  # {field: [value per row]}: one value unless the state was stored twice

    def version(self, student, usage):
        found = self.rows("SELECT version FROM {p}learnerversion WHERE learner_id = %s AND usage_key = %s",
                          student, usage)
        return [row["version"] for row in found]

    def entries(self, student):
        found = self.rows("SELECT id, number, status, version FROM {p}reflectionentry WHERE learner_id = %s",
                          student)
        for entry in found:
            entry["versions"] = [
                dict(row, answers=json.loads(row["answers"])) for row in self.rows(
                    "SELECT number, answers FROM {p}reflectionversion WHERE entry_id = %s ORDER BY number",
                    entry["id"])]
        return found

    def reviews(self):
        return self.rows("SELECT entry_id, version FROM {p}reflectionreview")

    def status_counts(self):
        return {row["status"]: row["total"] for row in
                self.rows("SELECT status, COUNT(*) AS total FROM {p}reflectionentry GROUP BY status")}

    def attempts(self, student):
        return self.rows("SELECT id, number, path, finished_at FROM {p}scenarioattempt WHERE learner_id = %s",
                         student)

    def answers(self, student):
        return [dict(row, answer=json.loads(row["answer"])) for row in self.rows(
            "SELECT step, situation_id, answer FROM {p}scenarioanswer WHERE learner_id = %s AND withdrawn = 0 "
            "ORDER BY step", student)]

    def submissions(self, student=None):
        where, params = ("WHERE learner_id = %s", (student,)) if student else ("", ())
        return [dict(row, map=json.loads(row["map"])) for row in
                self.rows(f"SELECT learner_id, map FROM {{p}}networksubmission {where}", *params)]

    def count(self, table):
        return self.rows(f"SELECT COUNT(*) AS total FROM {{p}}{table}")[0]["total"]

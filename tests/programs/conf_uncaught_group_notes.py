class ValidationError(ValueError):
    pass
def validate(rec):
    errs = []
    if not rec.get("name"):
        e = ValidationError("name missing")
        e.add_note(f"record id={rec['id']}")
        errs.append(e)
    if rec.get("age", 0) < 0:
        errs.append(ValidationError(f"negative age {rec['age']}"))
    if errs:
        raise ExceptionGroup(f"record {rec['id']} invalid", errs)
def validate_all(recs):
    problems = []
    for r in recs:
        try:
            validate(r)
        except ExceptionGroup as eg:
            problems.append(eg)
    if problems:
        g = ExceptionGroup("batch failed", problems)
        g.add_note("2 of 3 records rejected")
        raise g
validate_all([{"id": 1, "name": "a"}, {"id": 2, "age": -1}, {"id": 3, "name": "", "age": 5}])

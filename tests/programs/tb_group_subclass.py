class ValidationErrors(ExceptionGroup):
    def derive(self, excs):
        return ValidationErrors(self.message, excs)
    def __str__(self):
        return f"{len(self.exceptions)} validation problem(s): {self.message}"
errors = [ValueError("name empty"), ValueError("age negative")]
for e, n in zip(errors, ["name", "age"]):
    e.add_note(f"field: {n}")
raise ValidationErrors("form invalid", errors)

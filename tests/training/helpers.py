"""Answering quizzes in tests: the test reads the right answers from the database, as only the server can."""

from training.marking import field_name


def quiz_url(module):
    return module.url + module.reverse_subpage("quiz")


def answers(module, right=True, wrong_count=0):
    """POST data for the module's quiz: all right, or the first `wrong_count` questions answered wrongly."""
    data = {}
    for index, question in enumerate(module.questions.all()):
        correct = sorted(question.correct_choice_ids())
        wrong = [choice.id for choice in question.choices if choice.id not in correct][:1]
        chosen = wrong if (not right or index < wrong_count) else correct
        data[field_name(question)] = chosen
    return data


def pass_module(client, module):
    return client.post(quiz_url(module), answers(module))


def fail_module(client, module):
    return client.post(quiz_url(module), answers(module, right=False))

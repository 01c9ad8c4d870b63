import unittest

import torch

from otc.task import (KnowledgeBase, Questions, follow_chain, generate_knowledge_base, generate_question_sets,
                      over_calling_teacher, play)

# entity e, relation r -> TARGET[e][r]; KNOWN[e][r] says whether the agent recalls that fact
TARGET = [[1, 2], [2, 3], [3, 0], [0, 1]]
KNOWN = [[True, False], [False, True], [True, False], [False, False]]
# A wrong recall lands on a random other entity. Many known self-loop entities keep an agent that went wrong
# where it is, so (with the fixed seeds) no wrong path reaches the right answer by luck.
PADDING = 1000


def small_knowledge_base():
    padding = torch.arange(len(TARGET), PADDING)[:, None].expand(-1, 2)
    return KnowledgeBase(torch.cat([torch.tensor(TARGET), padding]),
                         torch.cat([torch.tensor(KNOWN), torch.ones_like(padding, dtype=torch.bool)]))


def small_questions():
    """Four chains worked out by hand: answers [3, 2, 3, 0], unknown facts on them (n*) [1, 2, 0, 3]."""
    start = torch.tensor([0, 3, 2, 3])
    relations = torch.tensor([[0, 0, 0], [0, 1, 0], [0, 0, 0], [1, 0, 1]])
    hops = torch.tensor([3, 2, 1, 3])
    answer, minimal = follow_chain(small_knowledge_base(), start, relations, hops)
    return Questions(start, relations, hops, answer, minimal)


def rule(wants_search):
    """A decide() from a rule over the step state, with no log-probabilities (like the teacher)."""
    return lambda state: (wants_search(state), torch.zeros(state.entity.shape[0]))


class FollowChainTest(unittest.TestCase):

    def test_answers_and_minimal_calls_of_hand_worked_chains(self):
        questions = small_questions()
        self.assertEqual(questions.answer.tolist(), [3, 2, 3, 0])
        self.assertEqual(questions.minimal_calls.tolist(), [1, 2, 0, 3])


class GenerateKnowledgeBaseTest(unittest.TestCase):

    def test_facts_never_point_back_at_their_subject(self):
        knowledge_base = generate_knowledge_base(30, 5, 0.5, 0.1, torch.Generator().manual_seed(1))
        self.assertFalse(bool((knowledge_base.target == torch.arange(30)[:, None]).any()))

    def test_the_requested_fraction_of_facts_is_known(self):
        for fraction in (0.0, 0.3, 0.5, 1.0):
            knowledge_base = generate_knowledge_base(200, 8, fraction, 0.1, torch.Generator().manual_seed(2))
            self.assertAlmostEqual(float(knowledge_base.known.float().mean()), fraction, delta=2 / 1600)

    def test_known_facts_follow_entity_popularity(self):
        # without per-fact noise an entity's facts are known or not almost together, which makes it learnable
        knowledge_base = generate_knowledge_base(200, 8, 0.5, 0.0, torch.Generator().manual_seed(3))
        per_entity = knowledge_base.known.float().mean(dim=1)
        self.assertGreater(float(((per_entity == 0) | (per_entity == 1)).float().mean()), 0.5)

    def test_same_seed_same_knowledge_base(self):
        first = generate_knowledge_base(50, 4, 0.5, 0.1, torch.Generator().manual_seed(4))
        second = generate_knowledge_base(50, 4, 0.5, 0.1, torch.Generator().manual_seed(4))
        self.assertTrue(torch.equal(first.target, second.target))
        self.assertTrue(torch.equal(first.known, second.known))


class GenerateQuestionSetsTest(unittest.TestCase):

    def setUp(self):
        self.knowledge_base = generate_knowledge_base(40, 4, 0.5, 0.1, torch.Generator().manual_seed(5))
        self.pool, self.held_out = generate_question_sets(self.knowledge_base, [300, 200], 3,
                                                          torch.Generator().manual_seed(6))

    @staticmethod
    def chains(questions):
        return [(s,) + tuple(r[:h]) for s, r, h in zip(questions.start.tolist(), questions.relations.tolist(),
                                                        questions.hops.tolist())]

    def test_sets_have_their_sizes_and_share_no_chain(self):
        pool, held_out = self.chains(self.pool), self.chains(self.held_out)
        self.assertEqual((len(pool), len(held_out)), (300, 200))
        self.assertEqual(len(set(pool) | set(held_out)), 500)

    def test_minimal_calls_count_the_unknown_facts_on_each_chain(self):
        known = self.knowledge_base.known.tolist()
        target = self.knowledge_base.target.tolist()
        for chain, answer, minimal in zip(self.chains(self.pool), self.pool.answer.tolist(),
                                          self.pool.minimal_calls.tolist()):
            entity, unknown = chain[0], 0
            for relation in chain[1:]:
                unknown += not known[entity][relation]
                entity = target[entity][relation]
            self.assertEqual((answer, minimal), (entity, unknown))

    def test_every_hop_count_and_minimal_call_bucket_occurs(self):
        self.assertEqual(sorted(set(self.pool.hops.tolist())), [1, 2, 3])
        self.assertEqual(sorted(set(self.pool.minimal_calls.tolist())), [0, 1, 2, 3])

    def test_too_small_a_knowledge_base_is_refused(self):
        tiny = generate_knowledge_base(2, 1, 0.5, 0.1, torch.Generator().manual_seed(7))
        with self.assertRaisesRegex(ValueError, "fewer than 5 distinct questions"):
            generate_question_sets(tiny, [3, 2], 1, torch.Generator().manual_seed(8))


class PlayTest(unittest.TestCase):

    def play(self, decide, max_calls=6, recall_accuracy=1.0):
        return play(small_knowledge_base(), small_questions(), max_calls, recall_accuracy, decide,
                    torch.Generator().manual_seed(9))

    def test_searching_every_hop_once_answers_everything(self):
        episodes = self.play(rule(lambda state: state.searches == 0))
        self.assertEqual(episodes.correct.tolist(), [True] * 4)
        self.assertEqual(episodes.calls.tolist(), [3, 2, 1, 3])

    def test_searching_exactly_the_unknown_facts_needs_minimal_calls(self):
        known = small_knowledge_base().known
        episodes = self.play(rule(lambda state: ~known[state.entity, state.relation] & (state.searches == 0)))
        self.assertEqual(episodes.correct.tolist(), [True] * 4)
        self.assertEqual(episodes.calls.tolist(), small_questions().minimal_calls.tolist())

    def test_without_search_only_known_chains_are_answered(self):
        episodes = self.play(rule(lambda state: torch.zeros_like(state.allowed)))
        self.assertEqual(episodes.correct.tolist(), [False, False, True, False])
        self.assertEqual(episodes.calls.tolist(), [0] * 4)

    def test_recall_can_fail_on_known_facts(self):
        episodes = self.play(rule(lambda state: torch.zeros_like(state.allowed)), recall_accuracy=0.0)
        self.assertEqual(episodes.correct.tolist(), [False] * 4)

    def test_redundant_calls_never_change_correctness(self):
        episodes = self.play(rule(lambda state: state.searches < 3), max_calls=20)
        self.assertEqual(episodes.correct.tolist(), [True] * 4)
        self.assertEqual(episodes.calls.tolist(), [9, 6, 3, 9])

    def test_the_call_budget_forces_the_agent_on(self):
        episodes = self.play(rule(lambda state: torch.ones_like(state.allowed)), max_calls=4)
        self.assertEqual(episodes.calls.tolist(), [4] * 4)
        # only the first hop was searched: just the one-hop question is answered
        self.assertEqual(episodes.correct.tolist(), [False, False, True, False])
        # the moves the budget forced are not the agent's decisions
        self.assertEqual(episodes.decided.sum(dim=1).tolist(), [4] * 4)
        self.assertEqual(episodes.action.sum(dim=1).tolist(), [4] * 4)

    def test_same_generator_seed_same_episodes(self):
        decide = rule(lambda state: state.searches < (state.entity % 2))
        first = self.play(decide, recall_accuracy=0.5)
        second = self.play(decide, recall_accuracy=0.5)
        self.assertTrue(torch.equal(first.correct, second.correct))
        self.assertTrue(torch.equal(first.entity, second.entity))


class OverCallingTeacherTest(unittest.TestCase):

    def teacher_episodes(self, known_call_probability):
        knowledge_base, questions = small_knowledge_base(), small_questions()
        generator = torch.Generator().manual_seed(10)
        teacher = over_calling_teacher(knowledge_base, questions, known_call_probability, generator)
        return play(knowledge_base, questions, 10, 1.0, teacher, generator)

    def test_searches_unknown_facts_twice(self):
        episodes = self.teacher_episodes(0.0)
        self.assertEqual(episodes.calls.tolist(), [2, 4, 0, 6])
        self.assertEqual(episodes.correct.tolist(), [True] * 4)

    def test_checks_known_facts_once_when_it_doubts_them(self):
        episodes = self.teacher_episodes(1.0)
        # 2 n* + (hops - n*)
        self.assertEqual(episodes.calls.tolist(), [4, 4, 1, 6])


if __name__ == "__main__":
    unittest.main()

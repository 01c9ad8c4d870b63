import math
import types
import unittest

import torch

from otc.policy import CallPolicy
from otc.run import CONFIGS, run
from otc.task import generate_knowledge_base, generate_question_sets
from otc.training import BucketTotals, RunningMinimum, clipped_policy_loss, imitate_teacher


class ClippedPolicyLossTest(unittest.TestCase):

    def test_on_policy_loss_is_minus_the_mean_advantage_of_episodes_that_decided(self):
        log_probs = torch.log(torch.tensor([[0.5, 0.2], [0.9, 0.3], [0.4, 0.4]]))
        decided = torch.tensor([[True, True], [True, False], [False, False]])
        loss = clipped_policy_loss(log_probs, log_probs, torch.tensor([1.0, -2.0, 5.0]), decided, 0.2)
        # the third episode made no decision (its moves were forced) and adds nothing
        self.assertAlmostEqual(float(loss), -(1.0 - 2.0 + 0.0) / 3, places=6)

    def test_ratio_is_clipped_only_where_it_would_help(self):
        old = torch.zeros(2, 1)
        new = torch.full((2, 1), math.log(2.0))
        decided = torch.ones(2, 1, dtype=torch.bool)
        loss = clipped_policy_loss(new, old, torch.tensor([1.0, -1.0]), decided, 0.2)
        # positive advantage: ratio 2 clipped to 1.2; negative advantage: the unclipped 2 * -1 is the minimum
        self.assertAlmostEqual(float(loss), -(1.2 - 2.0) / 2, places=6)


class RunningMinimumTest(unittest.TestCase):

    def test_estimates_are_kept_per_question_across_steps(self):
        running = RunningMinimum(4, max_calls=6, device=torch.device("cpu"))
        index = torch.tensor([2, 0])
        first = running.update(index, torch.tensor([[3, 2], [4, 4]]), torch.tensor([[True, False], [False, False]]))
        self.assertEqual(first.tolist(), [3, 7])
        second = running.update(torch.tensor([0, 2]), torch.tensor([[1, 5], [4, 1]]),
                                torch.tensor([[True, True], [True, False]]))
        self.assertEqual(second.tolist(), [1, 3])
        self.assertEqual(running.values.tolist(), [1, 7, 3, 7])
        summary = running.summary(torch.tensor([1, 0, 2, 1]))
        self.assertEqual(summary, {"questions": 4, "estimated": 2, "equal_to_minimal": 1,
                                   "mean_excess_over_minimal": 0.5})


class BucketTotalsTest(unittest.TestCase):

    def test_calls_accuracy_and_productivity_by_minimal_calls(self):
        totals = BucketTotals(max_hops=3)
        totals.add(torch.tensor([0, 0, 1, 1, 3]), torch.tensor([0, 2, 1, 3, 3]),
                   torch.tensor([True, True, True, False, True]))
        buckets = totals.by_minimal_calls()
        self.assertEqual(buckets["0"], {"episodes": 2, "calls_per_question": 1.0, "accuracy": 1.0,
                                        "tool_productivity": 1.0})
        self.assertEqual(buckets["1"], {"episodes": 2, "calls_per_question": 2.0, "accuracy": 0.5,
                                        "tool_productivity": 0.25})
        self.assertEqual(buckets["2"], {"episodes": 0, "calls_per_question": None, "accuracy": None,
                                        "tool_productivity": None})
        self.assertEqual(totals.overall(), {"episodes": 5, "calls_per_question": 1.8, "accuracy": 0.8,
                                            "tool_productivity": 4 / 9})


class ImitationTest(unittest.TestCase):

    def test_imitating_the_teacher_beats_a_coin_flip(self):
        parameters = dict(CONFIGS["smoke"])
        knowledge_base = generate_knowledge_base(40, 4, 0.5, 0.1, torch.Generator().manual_seed(0))
        pool, = generate_question_sets(knowledge_base, [120], 3, torch.Generator().manual_seed(1))
        torch.manual_seed(0)
        policy = CallPolicy(40, 4, 3, parameters["max_calls"], 8, 4, 32)
        self.assertLess(imitate_teacher(policy, knowledge_base, pool, parameters, seed=2), 0.5 * math.log(2))


class RunTest(unittest.TestCase):
    """The whole experiment, run in-process on a cut-down smoke configuration."""

    @staticmethod
    def outcome(seed):
        parameters = dict(CONFIGS["smoke"], imitation_steps=10, grpo_steps=4, curve_every=2, eval_questions=60)
        scale, metrics, details, _ = run(types.SimpleNamespace(seed=seed), parameters)
        del details["timings"]
        return scale, metrics, details

    @classmethod
    def setUpClass(cls):
        cls.first = cls.outcome(0)

    def test_same_seed_same_result_and_another_seed_another(self):
        self.assertEqual(self.first, self.outcome(0))
        self.assertNotEqual(self.first[1], self.outcome(1)[1])

    def test_headline_metrics_agree_with_the_per_variant_figures(self):
        _, metrics, details = self.first
        calls = {name: details["variants"][name]["overall"]["calls_per_question"] for name in details["variants"]}
        self.assertAlmostEqual(metrics["tool_call_reduction.otc_grpo"],
                               100 * (1 - calls["otc_grpo"] / calls["correctness_only"]), places=3)
        self.assertAlmostEqual(metrics["calls_per_question.otc_ppo"], calls["otc_ppo"], places=3)
        accuracy = {name: details["variants"][name]["overall"]["accuracy"] for name in details["variants"]}
        self.assertAlmostEqual(metrics["accuracy_change.otc_ppo"],
                               100 * (accuracy["otc_ppo"] - accuracy["correctness_only"]), places=3)


if __name__ == "__main__":
    unittest.main()

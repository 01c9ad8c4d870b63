import math
import unittest

import torch

from otc.rewards import (CORRECTNESS_ONLY, OTC_GRPO, OTC_PPO, VARIANTS, cosine_tool_reward,
                         group_normalised_advantages, harmonic_calls, otc_grpo_tool_reward, reward,
                         tool_productivity, update_running_minimum)

CALLS = torch.tensor([0, 1, 2, 3])


class CosineToolRewardTest(unittest.TestCase):
    """The value tables of REPRODUCTIONS.md §D."""

    def assert_values(self, actual, expected):
        for value, wanted in zip(actual.tolist(), expected):
            self.assertAlmostEqual(value, wanted, places=3)

    def test_smoothing_one(self):
        self.assert_values(cosine_tool_reward(CALLS, 1.0), [1.0, 0.5, 0.309, 0.223])

    def test_smoothing_five(self):
        self.assert_values(cosine_tool_reward(CALLS, 5.0), [1.0, 0.901, 0.766, 0.655])

    def test_every_call_costs(self):
        values = cosine_tool_reward(torch.arange(10), 1.0).tolist()
        self.assertEqual(values, sorted(values, reverse=True))
        self.assertEqual(len(set(values)), 10)


class OtcGrpoToolRewardTest(unittest.TestCase):

    def assert_values(self, actual, expected):
        for value, wanted in zip(actual.tolist(), expected):
            self.assertAlmostEqual(value, wanted, places=3)

    def test_optimal_one(self):
        self.assert_values(otc_grpo_tool_reward(CALLS, torch.ones(4, dtype=torch.long), 1.0),
                           [0.0, 1.0, 0.866, 0.707])

    def test_optimal_two(self):
        self.assert_values(otc_grpo_tool_reward(CALLS, torch.full((4,), 2), 1.0), [0.0, 0.866, 1.0, 0.951])

    def test_optimal_zero_is_the_cosine_reward(self):
        zero = torch.zeros(4, dtype=torch.long)
        self.assert_values(otc_grpo_tool_reward(CALLS, zero, 1.0), [1.0, 0.5, 0.309, 0.223])
        self.assert_values(otc_grpo_tool_reward(CALLS, zero, 5.0), [1.0, 0.901, 0.766, 0.655])

    def test_maximum_is_at_the_optimal_number_of_calls(self):
        calls = torch.arange(8)
        for optimal in range(1, 5):
            values = otc_grpo_tool_reward(calls, torch.full((8,), optimal), 1.0)
            self.assertEqual(int(values.argmax()), optimal)
            self.assertAlmostEqual(float(values.max()), 1.0, places=12)

    def test_harmonic_calls_cases(self):
        calls = torch.tensor([0, 3, 2, 1, 3, 0])
        optimal = torch.tensor([0, 0, 2, 2, 1, 2])
        expected = [0.0, 3.0, 2.0, 4.0 / 3.0, 1.5, 0.0]
        for value, wanted in zip(harmonic_calls(calls, optimal).tolist(), expected):
            self.assertAlmostEqual(value, wanted, places=12)


class RewardTest(unittest.TestCase):

    def setUp(self):
        self.calls = torch.tensor([0, 1, 2, 3, 4])
        self.optimal = torch.tensor([0, 1, 1, 2, 2])

    def test_wrong_answers_score_zero_under_every_variant(self):
        wrong = torch.zeros(5, dtype=torch.bool)
        for variant in VARIANTS:
            self.assertEqual(reward(variant, self.calls, wrong, self.optimal, 1.0, 1.0).tolist(), [0.0] * 5)

    def test_correctness_only_ignores_calls(self):
        right = torch.ones(5, dtype=torch.bool)
        self.assertEqual(reward(CORRECTNESS_ONLY, self.calls, right, self.optimal, 1.0, 1.0).tolist(), [1.0] * 5)

    def test_alpha_scales_the_tool_reward_of_correct_answers(self):
        right = torch.ones(5, dtype=torch.bool)
        ppo = reward(OTC_PPO, self.calls, right, self.optimal, 2.0, 1.0)
        self.assertTrue(torch.allclose(ppo, 2.0 * cosine_tool_reward(self.calls, 1.0)))
        grpo = reward(OTC_GRPO, self.calls, right, self.optimal, 0.5, 1.0)
        self.assertTrue(torch.allclose(grpo, 0.5 * otc_grpo_tool_reward(self.calls, self.optimal, 1.0)))

    def test_unknown_variant_is_refused(self):
        with self.assertRaisesRegex(ValueError, "unknown reward variant 'otc'"):
            reward("otc", self.calls, self.calls > 0, self.optimal, 1.0, 1.0)


class RunningMinimumTest(unittest.TestCase):

    def test_only_correct_rollouts_lower_the_estimate(self):
        running = torch.tensor([7, 7, 2, 7])
        calls = torch.tensor([[3, 1, 2], [0, 4, 5], [3, 1, 4], [1, 2, 3]])
        correct = torch.tensor([[True, False, True], [False, True, True], [True, True, False],
                                [False, False, False]])
        self.assertEqual(update_running_minimum(running, calls, correct, 7).tolist(), [2, 4, 1, 7])

    def test_an_earlier_lower_estimate_is_kept(self):
        running = torch.tensor([1])
        updated = update_running_minimum(running, torch.tensor([[2, 3]]), torch.tensor([[True, True]]), 7)
        self.assertEqual(updated.tolist(), [1])


class GroupNormalisedAdvantagesTest(unittest.TestCase):

    def test_each_group_is_centred_and_scaled_on_its_own(self):
        rewards = torch.tensor([[1.0, 0.0, 0.0, 1.0], [0.5, 0.5, 0.5, 2.5]])
        advantages = group_normalised_advantages(rewards, epsilon=0.0)
        self.assertTrue(torch.allclose(advantages[0], torch.tensor([1.0, -1.0, -1.0, 1.0])))
        # mean 1.0, population standard deviation sqrt(0.75)
        expected = (torch.tensor([0.5, 0.5, 0.5, 2.5]) - 1.0) / math.sqrt(0.75)
        self.assertTrue(torch.allclose(advantages[1], expected))

    def test_a_group_that_scored_alike_teaches_nothing(self):
        advantages = group_normalised_advantages(torch.tensor([[1.0] * 8, [0.0] * 8]))
        self.assertEqual(advantages.abs().max().item(), 0.0)

    def test_advantages_have_zero_mean_and_unit_spread(self):
        rewards = torch.rand(5, 8, generator=torch.Generator().manual_seed(3))
        advantages = group_normalised_advantages(rewards, epsilon=0.0)
        self.assertTrue(torch.allclose(advantages.mean(dim=1), torch.zeros(5), atol=1e-6))
        self.assertTrue(torch.allclose(advantages.pow(2).mean(dim=1), torch.ones(5), atol=1e-5))


class ToolProductivityTest(unittest.TestCase):

    def test_correct_answers_per_call(self):
        self.assertEqual(tool_productivity(3, 6), 0.5)
        self.assertEqual(tool_productivity(0, 4), 0.0)

    def test_no_calls_has_no_productivity(self):
        self.assertIsNone(tool_productivity(5, 0))


if __name__ == "__main__":
    unittest.main()

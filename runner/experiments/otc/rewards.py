"""Rewards of REPRODUCTIONS.md §D and the quantities built on them.

Every function takes tensors of call counts so that a whole GRPO batch is scored at once. A wrong answer
always scores zero: the tool reward only rescales the reward of a correct answer (r = alpha * r_tool * r_correct).
"""
import math

import torch

CORRECTNESS_ONLY = "correctness_only"
OTC_PPO = "otc_ppo"
OTC_GRPO = "otc_grpo"
VARIANTS = (CORRECTNESS_ONLY, OTC_PPO, OTC_GRPO)


def cosine_tool_reward(calls, smoothing):
    """OTC-PPO: cos(m*pi / (2m + c)), 1 for no call and falling towards 0 as calls grow; smaller c falls faster."""
    calls = calls.double()
    return torch.cos(calls * math.pi / (2 * calls + smoothing))


def harmonic_calls(calls, optimal):
    """f(m, n): 0 when m = n = 0, m when n = 0, otherwise the harmonic-mean-like 2nm / (m + n) (n at m = n)."""
    calls = calls.double()
    optimal = optimal.double()
    general = 2 * optimal * calls / (calls + optimal).clamp(min=1)
    return torch.where(optimal == 0, calls, general)


def otc_grpo_tool_reward(calls, optimal, smoothing):
    """OTC-GRPO: sin(f(m,n)*pi / (2n)), which peaks at m = n; with n = 0 the cosine reward, 1 for m = 0."""
    calls = calls.double()
    optimal = optimal.double()
    # clamp only keeps the branch torch.where discards finite; n = 0 is handled by the cosine branch
    peaked = torch.sin(harmonic_calls(calls, optimal) * math.pi / (2 * optimal.clamp(min=1)))
    return torch.where(optimal == 0, cosine_tool_reward(calls, smoothing), peaked)


def reward(variant, calls, correct, optimal, alpha, smoothing):
    """The scalar reward of each rollout; optimal (n) is only read by OTC-GRPO."""
    correct = correct.double()
    if variant == CORRECTNESS_ONLY:
        return correct
    if variant == OTC_PPO:
        return alpha * cosine_tool_reward(calls, smoothing) * correct
    if variant == OTC_GRPO:
        return alpha * otc_grpo_tool_reward(calls, optimal, smoothing) * correct
    raise ValueError("unknown reward variant %r; known: %s" % (variant, ", ".join(VARIANTS)))


def update_running_minimum(running, calls, correct, unknown):
    """OTC-GRPO's estimate n per question: the fewest calls any correct rollout has needed so far.

    running: (B,) current estimates of the B questions of a batch (unknown where no rollout was correct yet);
    calls, correct: (B, G) the group of G rollouts of each question. Returns the new (B,) estimates.
    """
    group_minimum = calls.masked_fill(~correct, unknown).amin(dim=1)
    return torch.minimum(running, group_minimum)


def group_normalised_advantages(rewards, epsilon=1e-6):
    """GRPO: each rollout's reward minus its group's mean, over the group's (population) standard deviation.

    A group whose rollouts all scored the same gets zero advantage: nothing in it can be learned from.
    """
    mean = rewards.mean(dim=1, keepdim=True)
    spread = (rewards - mean).pow(2).mean(dim=1, keepdim=True).sqrt()
    return (rewards - mean) / (spread + epsilon)


def tool_productivity(correct_answers, tool_calls):
    """TP = correct answers / tool calls; None when no call was made (the ratio has no value then)."""
    if tool_calls == 0:
        return None
    return correct_answers / tool_calls

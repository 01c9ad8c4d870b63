"""Warm start by imitation, GRPO training under one reward, and evaluation by minimal-call bucket."""
import torch

from otc.policy import MOVE_ON, SEARCH
from otc.rewards import (OTC_GRPO, group_normalised_advantages, reward, tool_productivity,
                         update_running_minimum)
from otc.task import over_calling_teacher, play


def sampling_decider(policy, generator):
    """A decide() for play() that samples the policy's action (no gradients: acting, not learning)."""

    def decide(state):
        with torch.no_grad():
            log_probs = policy.log_probs(state.entity, state.relation, state.searches, state.hops_left,
                                         state.calls, state.allowed)
        draw = torch.rand(log_probs.shape[0], generator=generator, device=log_probs.device)
        search = draw < log_probs[:, SEARCH].exp()
        return search, torch.where(search, log_probs[:, SEARCH], log_probs[:, MOVE_ON])

    return decide


def episode_log_probs(policy, episodes):
    """Log-probabilities, under the current policy, of the actions taken in the episodes: shape (N, T)."""
    log_probs = policy.log_probs(episodes.entity, episodes.relation, episodes.searches, episodes.hops_left,
                                 episodes.calls_so_far, episodes.allowed)
    # a select rather than gather: gather's backward has no deterministic CUDA implementation
    return torch.where(episodes.action == SEARCH, log_probs[..., SEARCH], log_probs[..., MOVE_ON])


def sample_questions(pool_size, count, generator):
    """Distinct question indices for one batch (distinct, so each group updates its own running minimum)."""
    return torch.randperm(pool_size, generator=generator)[:count]


def imitate_teacher(policy, knowledge_base, pool, parameters, seed):
    """Behaviour cloning of the over-calling teacher on teacher-generated trajectories; returns the last loss."""
    device = pool.start.device
    rollout_generator = torch.Generator(device=device).manual_seed(seed)
    batch_generator = torch.Generator().manual_seed(seed)
    optimiser = torch.optim.Adam(policy.parameters(), lr=parameters["imitation_learning_rate"])
    loss = torch.zeros(())
    for _ in range(parameters["imitation_steps"]):
        batch = pool.select(sample_questions(len(pool), parameters["imitation_batch"], batch_generator).to(device))
        teacher = over_calling_teacher(knowledge_base, batch, parameters["teacher_known_call_probability"],
                                       rollout_generator)
        episodes = play(knowledge_base, batch, parameters["max_calls"], parameters["recall_accuracy"], teacher,
                        rollout_generator)
        loss = -(episode_log_probs(policy, episodes) * episodes.decided).sum() / episodes.decided.sum()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    return float(loss)


def clipped_policy_loss(new_log_probs, old_log_probs, advantages, decided, clip):
    """GRPO's surrogate: PPO-clipped ratio times the episode's advantage, averaged over each episode's decisions
    and then over episodes (no KL term: the policy starts from imitation, not from a model to stay close to)."""
    ratio = (new_log_probs - old_log_probs).exp()
    advantage = advantages.unsqueeze(1)
    surrogate = torch.minimum(ratio * advantage, ratio.clamp(1 - clip, 1 + clip) * advantage)
    weights = decided.float()
    per_episode = (surrogate * weights).sum(dim=1) / weights.sum(dim=1).clamp(min=1)
    return -per_episode.mean()


class RunningMinimum:
    """OTC-GRPO's per-question estimate n of the optimal call count, kept across training steps."""

    def __init__(self, pool_size, max_calls, device):
        self.unknown = max_calls + 1
        self.values = torch.full((pool_size,), self.unknown, dtype=torch.long, device=device)

    def update(self, index, calls, correct):
        self.values[index] = update_running_minimum(self.values[index], calls, correct, self.unknown)
        return self.values[index]

    def summary(self, minimal_calls):
        """How the estimates compare with the true n* of each question (below n* only when a wrong recall
        happened to lead to the right answer)."""
        estimated = self.values != self.unknown
        count = int(estimated.sum())
        return {
            "questions": int(self.values.numel()),
            "estimated": count,
            "equal_to_minimal": int((self.values[estimated] == minimal_calls[estimated]).sum()),
            "mean_excess_over_minimal": float((self.values[estimated] - minimal_calls[estimated]).float().mean())
            if count else None,
        }


def train_grpo(policy, knowledge_base, pool, variant, parameters, seed, checkpoint):
    """GRPO under one reward variant; checkpoint(step) is called every curve_every steps (and at 0 and the end).

    Returns how OTC-GRPO's running-minimum estimates of n compare with n* (None for the other rewards)."""
    device = pool.start.device
    group = parameters["group_size"]
    batch_generator = torch.Generator().manual_seed(seed)
    rollout_generator = torch.Generator(device=device).manual_seed(seed)
    optimiser = torch.optim.Adam(policy.parameters(), lr=parameters["learning_rate"])
    running_minimum = RunningMinimum(len(pool), parameters["max_calls"], device) if variant == OTC_GRPO else None
    for step in range(parameters["grpo_steps"]):
        if step % parameters["curve_every"] == 0:
            checkpoint(step)
        index = sample_questions(len(pool), parameters["batch_questions"], batch_generator).to(device)
        batch = pool.select(index.repeat_interleave(group))
        episodes = play(knowledge_base, batch, parameters["max_calls"], parameters["recall_accuracy"],
                        sampling_decider(policy, rollout_generator), rollout_generator)
        calls = episodes.calls.view(-1, group)
        correct = episodes.correct.view(-1, group)
        if running_minimum is None:
            optimal = torch.zeros_like(calls)  # only OTC-GRPO's reward reads n
        else:
            optimal = running_minimum.update(index, calls, correct).unsqueeze(1).expand_as(calls)
        rewards = reward(variant, calls, correct, optimal, parameters["alpha"], parameters["smoothing_c"])
        advantages = group_normalised_advantages(rewards).flatten().float()
        for _ in range(parameters["update_epochs"]):
            loss = clipped_policy_loss(episode_log_probs(policy, episodes), episodes.log_prob, advantages,
                                       episodes.decided, parameters["clip_epsilon"])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    checkpoint(parameters["grpo_steps"])
    return None if running_minimum is None else running_minimum.summary(pool.minimal_calls)


class BucketTotals:
    """Episodes, calls and correct answers, overall and per n* bucket."""

    def __init__(self, max_hops):
        self.buckets = max_hops + 1
        self.episodes = [0] * self.buckets
        self.calls = [0] * self.buckets
        self.correct = [0] * self.buckets

    def add(self, minimal_calls, calls, correct):
        for bucket in range(self.buckets):
            chosen = minimal_calls == bucket
            self.episodes[bucket] += int(chosen.sum())
            self.calls[bucket] += int(calls[chosen].sum())
            self.correct[bucket] += int(correct[chosen].sum())

    @staticmethod
    def describe(episodes, calls, correct):
        return {
            "episodes": episodes,
            "calls_per_question": calls / episodes if episodes else None,
            "accuracy": correct / episodes if episodes else None,
            "tool_productivity": tool_productivity(correct, calls),
        }

    def overall(self):
        return self.describe(sum(self.episodes), sum(self.calls), sum(self.correct))

    def by_minimal_calls(self):
        return {str(bucket): self.describe(self.episodes[bucket], self.calls[bucket], self.correct[bucket])
                for bucket in range(self.buckets)}


def evaluate(knowledge_base, questions, decider_for, samples, parameters, seed):
    """Plays every question `samples` times with decider_for(questions, generator); returns the totals."""
    generator = torch.Generator(device=questions.start.device).manual_seed(seed)
    repeated = questions.select(torch.arange(len(questions), device=questions.start.device).repeat(samples))
    episodes = play(knowledge_base, repeated, parameters["max_calls"], parameters["recall_accuracy"],
                    decider_for(repeated, generator), generator)
    totals = BucketTotals(questions.relations.shape[1])
    totals.add(repeated.minimal_calls.cpu(), episodes.calls.cpu(), episodes.correct.cpu())
    return totals

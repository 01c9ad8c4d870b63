"""OTC experiment: correctness-only vs OTC-PPO vs OTC-GRPO rewards on a synthetic multi-hop KB QA task with search.

Usage: /usr/bin/python3 runner/experiments/otc/run.py --config {smoke,cpu,gpu} --seed 0 --output result.json
"""
import copy
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import torch  # noqa: E402

from common.result import ResultWriter, environment, parse_arguments  # noqa: E402
from otc.policy import CallPolicy  # noqa: E402
from otc.rewards import CORRECTNESS_ONLY, OTC_GRPO, OTC_PPO, VARIANTS  # noqa: E402
from otc.task import generate_knowledge_base, generate_question_sets, over_calling_teacher  # noqa: E402
from otc.training import evaluate, imitate_teacher, sampling_decider, train_grpo  # noqa: E402

EXPERIMENT = "otc"
VERSION = "1.0.0"

TASK_AND_REWARD = {
    "max_hops": 3,
    "known_fraction": 0.5,
    "knowledge_noise": 0.1,
    "recall_accuracy": 0.95,
    "max_calls": 6,
    "teacher_known_call_probability": 0.5,
    "alpha": 1.0,
    "smoothing_c": 1.0,
    "group_size": 8,
    "clip_epsilon": 0.2,
    "update_epochs": 2,
    "learning_rate": 0.003,
    "imitation_learning_rate": 0.01,
    "eval_samples": 4,
}

CONFIGS = {
    "smoke": dict(TASK_AND_REWARD, device="cpu", entities=40, relations=4, train_questions=120, eval_questions=120,
                  entity_dim=8, relation_dim=4, hidden=32, imitation_steps=40, imitation_batch=64, grpo_steps=10,
                  batch_questions=8, curve_every=5, curve_questions=60),
    "cpu": dict(TASK_AND_REWARD, device="cpu", entities=200, relations=8, train_questions=800, eval_questions=1000,
                entity_dim=16, relation_dim=8, hidden=64, imitation_steps=300, imitation_batch=128, grpo_steps=200,
                batch_questions=32, curve_every=20, curve_questions=300),
    "gpu": dict(TASK_AND_REWARD, device="cuda", entities=2000, relations=16, train_questions=20000,
                eval_questions=10000, entity_dim=32, relation_dim=16, hidden=128, imitation_steps=2000,
                imitation_batch=1024, grpo_steps=1500, batch_questions=256, curve_every=50, curve_questions=2000),
}


def check_parameters(parameters):
    """Refuses values the experiment cannot run with, naming the parameter."""
    at_least = {"entities": 2, "relations": 1, "max_hops": 1, "max_calls": 1, "train_questions": 1,
                "eval_questions": 1, "eval_samples": 1, "entity_dim": 1, "relation_dim": 1, "hidden": 1,
                "imitation_steps": 0, "imitation_batch": 1, "grpo_steps": 0, "batch_questions": 1, "group_size": 2,
                "update_epochs": 1, "curve_every": 1, "curve_questions": 1}
    for name, minimum in at_least.items():
        if parameters[name] < minimum:
            raise ValueError("parameter %s must be at least %d, not %s" % (name, minimum, parameters[name]))
    for name in ("known_fraction", "recall_accuracy", "teacher_known_call_probability"):
        if not 0 <= parameters[name] <= 1:
            raise ValueError("parameter %s must lie in [0, 1], not %s" % (name, parameters[name]))
    for name in ("alpha", "smoothing_c", "clip_epsilon", "learning_rate", "imitation_learning_rate"):
        if not parameters[name] > 0:
            raise ValueError("parameter %s must be positive, not %s" % (name, parameters[name]))
    if not parameters["knowledge_noise"] >= 0:
        raise ValueError("parameter knowledge_noise must not be negative, not %s" % parameters["knowledge_noise"])
    for name in ("batch_questions", "imitation_batch"):
        if parameters[name] > parameters["train_questions"]:
            raise ValueError("parameter %s (%d) exceeds train_questions (%d)"
                             % (name, parameters[name], parameters["train_questions"]))


def chosen_device(name):
    if name not in ("cpu", "cuda"):
        raise ValueError("parameter device must be cpu or cuda, not %r" % name)
    if name == "cuda":
        if not torch.cuda.is_available():
            raise RuntimeError("this configuration needs CUDA but torch.cuda.is_available() is false "
                               "(override with --param device=cpu to run it on the CPU)")
        # cuBLAS needs this workspace setting before its first use to give repeatable results
        os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")
    torch.use_deterministic_algorithms(True, warn_only=True)
    return torch.device(name)


def percent_change(value, baseline):
    return 100.0 * (value - baseline) / baseline


def headline_metrics(teacher, variants, minimal_calls):
    """The flat metric names the reproduction spec refers to; fails clearly if a ratio has no value."""
    overall = {name: totals.overall() for name, totals in variants.items()}
    metrics = {}
    for name, summary in overall.items():
        for metric in ("calls_per_question", "accuracy", "tool_productivity"):
            if summary[metric] is None:
                raise ValueError("%s has no %s (no tool call was made)" % (name, metric))
            metrics["%s.%s" % (metric, name)] = summary[metric]
    baseline = overall[CORRECTNESS_ONLY]
    for name in (OTC_PPO, OTC_GRPO):
        metrics["tool_call_reduction." + name] = -percent_change(overall[name]["calls_per_question"],
                                                                baseline["calls_per_question"])
        metrics["tool_productivity_improvement." + name] = percent_change(overall[name]["tool_productivity"],
                                                                         baseline["tool_productivity"])
        metrics["accuracy_change." + name] = 100.0 * (overall[name]["accuracy"] - baseline["accuracy"])
    metrics["minimal_calls_per_question"] = float(minimal_calls.float().mean())
    metrics["teacher_calls_per_question"] = teacher.overall()["calls_per_question"]
    return {name: round(value, 4) for name, value in metrics.items()}


def describe_totals(totals):
    return {"overall": totals.overall(), "by_minimal_calls": totals.by_minimal_calls()}


def build_task(parameters, seed, device):
    """The knowledge base, the training pool and the disjoint held-out questions."""
    generator = torch.Generator().manual_seed(seed)
    knowledge_base = generate_knowledge_base(parameters["entities"], parameters["relations"],
                                             parameters["known_fraction"], parameters["knowledge_noise"], generator)
    pool, held_out = generate_question_sets(
        knowledge_base, [parameters["train_questions"], parameters["eval_questions"]], parameters["max_hops"],
        generator)
    return knowledge_base.to(device), pool.to(device), held_out.to(device)


def train_variant(name, warm_start, knowledge_base, pool, held_out, parameters, seed):
    """GRPO from a copy of the warm-started policy under one reward; its held-out totals and its details."""
    policy = copy.deepcopy(warm_start)
    curve_questions = held_out.select(torch.arange(min(parameters["curve_questions"], len(held_out)),
                                                   device=held_out.start.device))
    curve = []

    def checkpoint(step):
        overall = evaluate(knowledge_base, curve_questions, lambda _, generator: sampling_decider(policy, generator),
                           1, parameters, seed * 100 + 4 + step).overall()
        curve.append({"step": step, "calls_per_question": overall["calls_per_question"],
                      "accuracy": overall["accuracy"]})

    running_minimum = train_grpo(policy, knowledge_base, pool, name, parameters, seed * 100 + 3, checkpoint)
    totals = evaluate(knowledge_base, held_out, lambda _, generator: sampling_decider(policy, generator),
                      parameters["eval_samples"], parameters, seed * 100 + 2)
    return totals, dict(describe_totals(totals), curve=curve, running_minimum=running_minimum)


def describe_scale(parameters, policy):
    return ("synthetic 1-%d-hop knowledge-base QA with a search tool (%d entities, %d relations, %d training and "
            "%d held-out questions); a %d-parameter MLP policy imitates an over-calling teacher, then GRPO "
            "(group %d, %d questions per step) trains it for %d steps under each reward from the same start and "
            "seed; not Qwen2.5 on NQ/HotpotQA: the numbers show the rewards' mechanism, not the paper's models"
            % (parameters["max_hops"], parameters["entities"], parameters["relations"],
               parameters["train_questions"], parameters["eval_questions"], policy.parameter_count(),
               parameters["group_size"], parameters["batch_questions"], parameters["grpo_steps"]))


def describe_setting(parameters, knowledge_base, held_out, policy, imitation_loss):
    """The reward constants, the task's make-up and how training and evaluation were done."""
    buckets = range(parameters["max_hops"] + 1)
    recalled_hops = (held_out.hops - held_out.minimal_calls).double()
    return {
        "reward": {
            "alpha": parameters["alpha"],
            "smoothing_c": parameters["smoothing_c"],
            "correctness_only": "r = 1 if the answer is right, else 0",
            "otc_ppo": "r = alpha * cos(m*pi/(2m+c)) * r_correct",
            "otc_grpo": "r = alpha * r_tool(m, n) * r_correct, n = running minimum of calls among correct rollouts "
                        "of the question; r_tool = 1 if m=n=0, cos(m*pi/(2m+c)) if n=0, else "
                        "sin(f(m,n)*pi/(2n)) with f = 2nm/(m+n)",
        },
        "task": {
            "known_fact_fraction": float(knowledge_base.known.float().mean()),
            "recall_accuracy_of_known_facts": parameters["recall_accuracy"],
            "call_budget_per_question": parameters["max_calls"],
            # the accuracy ceiling of an agent that calls exactly the unknown facts and recalls the rest
            "minimal_caller_expected_accuracy": float((parameters["recall_accuracy"] ** recalled_hops).mean()),
            "held_out_questions_by_minimal_calls": {
                str(bucket): int((held_out.minimal_calls == bucket).sum()) for bucket in buckets},
            "evaluation": "each held-out question played %d times, actions sampled from the policy"
                          % parameters["eval_samples"],
        },
        "training": {
            "policy_parameters": policy.parameter_count(),
            "imitation_final_loss": round(imitation_loss, 4),
            "grpo": "group-normalised advantages, PPO-clipped ratio (epsilon %s, %d epochs per batch), no KL term"
                    % (parameters["clip_epsilon"], parameters["update_epochs"]),
            "curve": "every %d steps on the first %d held-out questions, one sample each"
                     % (parameters["curve_every"], min(parameters["curve_questions"], len(held_out))),
        },
    }


def run(arguments, parameters):
    check_parameters(parameters)
    device = chosen_device(parameters["device"])
    seed = arguments.seed
    started = time.time()
    knowledge_base, pool, held_out = build_task(parameters, seed, device)
    torch.manual_seed(seed)
    policy = CallPolicy(knowledge_base.entities, knowledge_base.relations, parameters["max_hops"],
                        parameters["max_calls"], parameters["entity_dim"], parameters["relation_dim"],
                        parameters["hidden"]).to(device)
    imitation_loss = imitate_teacher(policy, knowledge_base, pool, parameters, seed * 100 + 1)
    timings = {"imitation_s": round(time.time() - started, 2)}

    def evaluate_held_out(decider_for):
        return evaluate(knowledge_base, held_out, decider_for, parameters["eval_samples"], parameters, seed * 100 + 2)

    teacher = evaluate_held_out(lambda questions, generator: over_calling_teacher(
        knowledge_base, questions, parameters["teacher_known_call_probability"], generator))
    warm_start = evaluate_held_out(lambda _, generator: sampling_decider(policy, generator))
    variants, variant_details = {}, {}
    for name in VARIANTS:
        variant_started = time.time()
        variants[name], variant_details[name] = train_variant(name, policy, knowledge_base, pool, held_out,
                                                              parameters, seed)
        timings[name + "_s"] = round(time.time() - variant_started, 2)

    details = describe_setting(parameters, knowledge_base, held_out, policy, imitation_loss)
    details.update(teacher=describe_totals(teacher), warm_start=describe_totals(warm_start),
                   variants=variant_details, timings=timings)
    metrics = headline_metrics(teacher, variants, held_out.minimal_calls)
    return describe_scale(parameters, policy), metrics, details, environment(torch, device)


def main():
    arguments, parameters = parse_arguments(__doc__.splitlines()[0], CONFIGS)
    writer = ResultWriter(EXPERIMENT, VERSION, arguments, parameters)
    try:
        writer.write(*run(arguments, parameters))
    except Exception as error:  # the runner records this one line as the reason of the failed run
        reason = " ".join(("%s: %s" % (type(error).__name__, error)).split())
        sys.stderr.write("otc failed: %s\n" % reason)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

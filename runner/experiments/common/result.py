"""The result file every experiment writes: the contract with the Java runner (runner/result.schema.json)."""
import argparse
import datetime
import json
import os
import platform
import resource
import sys
import time


def utc_now():
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def parse_arguments(description, configs):
    """The command line shared by all experiments: --config, --seed, --output and repeatable --param key=value."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--config", choices=sorted(configs), default="cpu")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--output", required=True, help="where to write the result JSON")
    parser.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                        help="override one parameter of the chosen configuration")
    arguments = parser.parse_args()
    parameters = dict(configs[arguments.config])
    for item in arguments.param:
        key, separator, value = item.partition("=")
        if not separator or key not in parameters:
            parser.error("unknown parameter %r; known: %s" % (key, ", ".join(sorted(parameters))))
        parameters[key] = type(parameters[key])(json.loads(value) if isinstance(parameters[key], bool) else value)
    return arguments, parameters


def cpu_model():
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def environment(torch, device):
    """Library versions and hardware of this run, for the run's provenance."""
    import numpy
    cuda = device.type == "cuda"
    return {
        "python": platform.python_version(),
        "torch": torch.__version__,
        "numpy": numpy.__version__,
        "device": device.type,
        "cpu_model": cpu_model(),
        "cpu_count": os.cpu_count(),
        "torch_threads": torch.get_num_threads(),
        "gpu_model": torch.cuda.get_device_name(device) if cuda else None,
        "cuda_version": torch.version.cuda if cuda else None,
        "platform": platform.platform(),
    }


def peak_memory_mb():
    # ru_maxrss is in kilobytes on Linux
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 1)


class ResultWriter:
    """Collects what a run measured and writes the result file once, at the end."""

    def __init__(self, experiment, version, arguments, parameters):
        self.started = time.time()
        self.document = {
            "experiment": experiment,
            "experiment_version": version,
            "config": arguments.config,
            "seed": arguments.seed,
            "parameters": parameters,
            "started_at": utc_now(),
        }
        self.output = arguments.output

    def write(self, scale, metrics, details, environment_facts):
        for name, value in metrics.items():
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise TypeError("metric %s is not a number: %r" % (name, value))
        self.document.update({
            "scale": scale,
            "metrics": metrics,
            "details": details,
            "environment": environment_facts,
            "finished_at": utc_now(),
            "duration_s": round(time.time() - self.started, 3),
            "peak_memory_mb": peak_memory_mb(),
        })
        temporary = self.output + ".partial"
        with open(temporary, "w") as handle:
            json.dump(self.document, handle, indent=2, sort_keys=True, allow_nan=False)
            handle.write("\n")
        os.replace(temporary, self.output)
        sys.stdout.write("result written to %s\n" % self.output)

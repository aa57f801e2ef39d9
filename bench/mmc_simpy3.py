"""The M/M/c benchmark model in SimPy 3 (Debian python3-simpy3), the peer our engine is compared with.

Same model as the TypeScript preset: c servers, FIFO, Poisson arrivals at lam, exponential service at mu,
n customers, first 5 % of customers left out of the statistics. Prints one JSON object.
Usage: /usr/bin/python3 bench/mmc_simpy3.py C LAM MU N SEED
"""
import json
import random
import sys
import time

import simpy


def run(c, lam, mu, n, seed):
    rng = random.Random(seed)
    env = simpy.Environment()
    servers = simpy.Resource(env, capacity=c)
    waits = []

    def customer():
        arrived = env.now
        with servers.request() as req:
            yield req
            waits.append(env.now - arrived)
            yield env.timeout(rng.expovariate(mu))

    def source():
        for _ in range(n):
            yield env.timeout(rng.expovariate(lam))
            env.process(customer())

    env.process(source())
    start = time.perf_counter()
    cpu_start = time.process_time()
    env.run()
    wall = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    measured = sorted(waits[int(0.05 * n):])
    m = len(measured)
    return {
        "customers": n,
        "wallSeconds": wall,
        "cpuSeconds": cpu,
        "customersPerSecond": n / wall,
        "waitProbability": sum(1 for w in measured if w > 0) / m,
        "meanWait": sum(measured) / m,
        "p99Wait": measured[int(0.99 * (m - 1))],
    }


if __name__ == "__main__":
    c, lam, mu, n, seed = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    print(json.dumps(run(c, lam, mu, n, seed)))

import type { NextConfig } from "next";

export declare const WORKSPACE_PACKAGES: readonly string[];
export declare const SERVER_EXTERNAL_PACKAGES: readonly string[];
export declare function defineAppNextConfig(extra?: NextConfig): NextConfig;

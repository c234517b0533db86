namespace Zhongyuan.Community;

/// <summary>How quickly a department answers the public and other departments.</summary>
/// <param name="DataRequestsAnswered">Data requests to the department that were answered.</param>
/// <param name="DataRequestsOpen">Data requests to the department still waiting.</param>
/// <param name="MedianHoursToAnswer">Median hours from a data request to its answer; null when none was answered.</param>
/// <param name="ShareRequestsDecided">Share requests (共享申请) to the department that were approved or refused.</param>
/// <param name="MedianHoursToDecide">Median hours from a share request to its decision; null when none was decided.</param>
public sealed record HandlingTimes(long DataRequestsAnswered, long DataRequestsOpen, double? MedianHoursToAnswer,
    long ShareRequestsDecided, double? MedianHoursToDecide);

import { launchFirefoxDriver } from './firefox.ts';
import { describeFlows } from './suite.ts';

describeFlows('Firefox ESR', launchFirefoxDriver);

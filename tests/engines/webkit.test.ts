import { launchWebKitDriver } from './webkit.ts';
import { describeFlows } from './suite.ts';

describeFlows('WebKitGTK', launchWebKitDriver);

import { MemoryStore } from '../../src/store/memory-store.ts';
import { describeStoreContract } from './store-contract.ts';

describeStoreContract('MemoryStore', () => new MemoryStore());
